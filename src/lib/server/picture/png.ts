/**
 * SVG to PNG on the server with resvg (share images, picture downloads). Text is set in the
 * system's fonts: DejaVu Sans (Debian's fonts-dejavu-core) has every Polish letter; the map's
 * font stack names it first. https://github.com/yisibl/resvg-js
 */
import { Resvg } from '@resvg/resvg-js';

/** The PNG of `svg` at `scale` PNG pixels per SVG unit (2: twice the SVG's width and height). */
export function svgToPng(svg: string, scale = 1): Buffer {
	const resvg = new Resvg(svg, {
		font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
		...(scale !== 1 ? { fitTo: { mode: 'zoom' as const, value: scale } } : {}),
		background: 'rgba(255, 255, 255, 1)'
	});
	return resvg.render().asPng();
}
