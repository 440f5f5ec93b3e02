/**
 * SVG to PNG on the server with resvg (share images, picture downloads). Text is set in the
 * system's fonts: DejaVu Sans (Debian's fonts-dejavu-core) has every Polish letter; the map's
 * font stack names it first. https://github.com/yisibl/resvg-js
 */
import { Resvg } from '@resvg/resvg-js';

export function svgToPng(svg: string, width?: number): Buffer {
	const resvg = new Resvg(svg, {
		font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
		...(width ? { fitTo: { mode: 'width' as const, value: width } } : {}),
		background: 'rgba(255, 255, 255, 1)'
	});
	return resvg.render().asPng();
}
