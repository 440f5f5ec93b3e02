/** The interface's words in English, key for key as in pl.ts. */
import { countEn } from '../text';
import type { Dict } from './pl';

export const en: Dict = {
	appName: 'Mapa Partnerstw',
	tagline: 'Cooperation of Polish local governments on a map',
	mapLabel: 'Map of the administrative boundaries of Poland',
	loading: 'Loading the map…',
	noWebgl:
		'Your browser cannot show the map (no WebGL). The data is available in the list and through the API.',
	mapError: 'The map could not be loaded',
	close: 'Close',
	closePanel: 'Close the panel',
	unitDetails: 'Unit details',
	teryt: 'TERYT code',
	type: 'Type',
	area: 'Area',
	population: 'Population',
	populationSource: 'Statistics Poland (GUS), as of 31 December',
	parents: 'Part of',
	children: { pow: 'Powiaty', gmi: 'Gminy' },
	showParent: 'Show',
	zoomTo: 'Zoom to the unit',
	noGeometry: 'The boundary source has no shape for it (gmina created in 2025).',
	panelNotFound: {
		praktyka: (id: string) => `Practice ${id} was not found`,
		partnerstwo: (id: string) => `Partnership ${id} was not found`,
		unit: (id: string) => `No unit has the TERYT code ${id}`
	},
	panelLoadError: {
		praktyka: 'The practice could not be loaded',
		partnerstwo: 'The partnership could not be loaded',
		unit: 'The unit could not be loaded'
	},
	panelLoadRetry: 'Check the connection and try again.',
	noJs: 'The map works only with JavaScript turned on.',
	noJsList:
		'The full content is in the list of results: every row leads to the page of a practice or partnership, and the filters work without JavaScript too.',
	noJsLink: 'Go to the results',
	noJsEmbed: 'Every practice and partnership is listed on the full map.',
	language: 'Polski',
	languageCode: 'pl',
	locale: 'en-GB',
	ogLocale: 'en_GB',
	siteNav: 'Site',
	ongoing: 'ongoing',
	unitTypes: {
		woj: 'voivodeship',
		pow: 'county (powiat)',
		city: 'city with powiat rights',
		gmi: 'gmina'
	},
	errorPage: {
		notFound: 'Not found',
		status: (status: number) => `Error ${status}`,
		noPage: 'There is no page at this address.',
		server: 'Something went wrong on the server. Please try again in a moment.'
	},
	record: {
		practice: 'Practice',
		partnership: 'Partnership',
		summary: 'Summary',
		presentation: 'Full presentation',
		inVoivodeship: (name: string) => `${name} voivodeship`,
		partlyHere: 'Partly in this region',
		showAllMembers: 'Show all',
		metryka: 'Practice record (Metryka)',
		attachments: 'Attachments',
		location: 'Location',
		partners: 'Partners named in the description',
		partnerships: 'Partnerships',
		practices: 'Practices',
		keywords: 'Keywords',
		sources: 'Sources',
		verified: 'checked',
		updatedOn: 'Updated',
		verifiedOn: 'Verified',
		notVerified: 'Not verified yet',
		changelog: 'Changes',
		changelogItem: (fields: string) => `changed: ${fields}`,
		changelogFirst: 'published',
		suggestCorrection: 'Suggest a correction',
		reportProblem: 'Report a problem',
		fieldNames: {
			title: 'title',
			name: 'name',
			section: 'section',
			summary: 'summary',
			presentationHtml: 'presentation',
			descriptionHtml: 'description',
			keywords: 'keywords',
			unit: 'gmina',
			units: 'units',
			partners: 'partners',
			partnerships: 'partnerships',
			sources: 'sources',
			attachments: 'attachments',
			members: 'members',
			otherMembers: 'other members',
			kind: 'kind',
			startDate: 'start',
			endDate: 'end',
			website: 'website',
			sourceUrl: 'source address',
			extra: 'additional information'
		} as Record<string, string>,
		kind: 'Kind',
		period: 'Period',
		website: 'Website',
		members: 'Members (local governments)',
		otherMembers: 'Other members',
		leader: 'lead',
		joined: 'from',
		left: 'until',
		totalPopulation: 'Total population',
		area: 'Area',
		noGeometry: 'no boundary in the source',
		membersWithoutGeometry: 'Members without a boundary in the source (not in the area)',
		showOnMap: 'Show on the map',
		openPage: 'Open the record page',
		unresolved: 'not matched to a TERYT unit',
		programme: 'Programme',
		budget: 'Budget',
		euFunding: 'EU funding',
		themes: 'Themes',
		notFound: 'Record not found.',
		backToMap: 'Back to the map',
		country: 'country',
		pageNotFound: {
			praktyki: (id: number) => `No practice ${id} was found`,
			partnerstwa: (id: number) => `No partnership ${id} was found`
		}
	},
	legend: {
		title: 'Legend',
		practices: 'Practices (at their gmina)',
		toggle: 'Show or hide'
	},
	filters: {
		title: 'Filters',
		search: 'Search',
		searchPlaceholder: 'gmina, partnership, topic…',
		searchHint: 'Type at least 2 characters; arrow keys choose a suggestion.',
		apply: 'Show',
		clear: 'Clear filters',
		notes: 'Some address parameters were ignored:',
		download: 'Download',
		practicesCsv: 'practices (CSV)',
		practicesGeojson: 'practices (GeoJSON)',
		partnershipsCsv: 'partnerships (CSV)',
		partnershipsGeojson: 'partnerships (GeoJSON)',
		suggestions: 'Suggestions',
		regionHint:
			'Arrow keys and letters only move through the list; Enter or moving on to the next field applies the choice.',
		cityPowiat: 'city with powiat rights'
	},
	skip: {
		label: 'Shortcuts',
		list: 'Skip to the list of results',
		map: 'Skip to the map'
	},
	list: {
		title: 'Results',
		onlyInView: 'Only what the map shows',
		practices: 'Practices',
		partnerships: 'Partnerships',
		emptyPractices: 'No practices in this area',
		emptyPartnerships: 'No partnerships in this area',
		emptySearch: (q: string) => `Nothing matches “${q}”`,
		moreWithoutJs: (shown: number, total: number) =>
			`Showing ${shown} of ${total}. All of them are in the “Download” files under the filters.`,
		partly: 'partly in this region',
		members: 'members',
		tabMap: 'Map',
		tabList: 'List',
		more: 'Show more'
	},
	alsoHere: 'Also at this place',
	openFullMap: 'Open the full map',
	embedTitle: 'Map of local-government partnerships',
	linkOut: {
		title: 'A new tab cannot be opened',
		text: 'The page this map is embedded in does not let it open new tabs. Copy the address and open it in your browser:',
		address: 'Address',
		copy: 'Copy',
		copied: 'Copied',
		close: 'Close'
	},
	hintKeyboard: 'Pan the map with the arrow keys and zoom with + and −.',
	embed: {
		title: 'Embed the map',
		intro:
			'Put the partnership map on the website of your gmina, powiat or partnership. Choose the scope and the look, check the preview, then copy the code and paste it into your site editor (in HTML mode).',
		builder: 'Map settings',
		scope: 'Scope of the map',
		scopeHint:
			'Type the name of a gmina, powiat, voivodeship or partnership and choose a suggestion. A scoped map shows only what lies inside the scope.',
		scopeCurrent: 'Scope',
		scopeNone: 'all of Poland',
		scopeClear: 'Clear the scope',
		scopeCleared: 'Scope cleared: all of Poland.',
		scopeChosen: 'Scope chosen:',
		scopePractice:
			'A practice cannot be the scope of a map. Choose a gmina, powiat, voivodeship or partnership.',
		levels: {
			woj: 'voivodeship',
			pow: 'powiat',
			gmi: 'gmina',
			partnerstwo: 'partnership'
		},
		filters: 'Filters',
		size: 'Size',
		responsive: 'Full width (100%)',
		fixed: 'Fixed width',
		width: 'Width (px)',
		widthHint: 'From 280 to 2000 px; on a narrower screen the map gets narrower.',
		height: 'Map height (px)',
		heightHint:
			'From 100 to 2000 px (below 300 px the map alone, without legend and list); the result list, if shown, comes below the map.',
		language: 'Language of the map',
		options: 'Extras',
		showList: 'Result list below the map',
		showLegend: 'Legend',
		preview: 'Preview',
		previewTitle: 'Preview',
		previewNote:
			'This is how the map will look on your website. The preview reloads after every change of the settings.',
		events: 'Messages from the preview',
		eventsNone:
			'Click something on the map in the preview and the messages your page would get appear here.',
		code: 'Code to paste',
		iframeCode: 'Frame (iframe)',
		iframeCodeHint:
			'When the page editor does not accept scripts. The frame has a fixed height: the result list, if shown, scrolls inside it below the map.',
		scriptCode: 'Script (recommended)',
		scriptCodeHint:
			'Inserts the frame, keeps its height in step with the content (the whole result list included) and passes the map’s events to your page.',
		copy: 'Copy',
		copied: 'Copied',
		copyManual: 'The code is selected: press Ctrl+C (⌘+C on a Mac) to copy it.',
		mapTitle: 'Partnership map',
		defaultTitle: 'Map of local-government partnerships'
	},
	map: {
		clusterHint: 'practices — click to zoom in',
		resultCount: (practices: number, partnerships: number) =>
			`${countEn(practices, ['practice', 'practices'])}, ${countEn(partnerships, ['partnership', 'partnerships'])}`,
		memberCount: (n: number) => countEn(n, ['member', 'members']),
		voivodeship: (name: string) => `${name} voivodeship`,
		unitType: (unit: { type: string; typeEn: string }) => unit.typeEn
	},
	maplibre: {}
};
