import type { Handle } from '@sveltejs/kit';
import { LANGUAGE_INFO } from '$lib/i18n/languages';
import { languageOfScope } from '$lib/scope';
import { drawOnServer } from '$lib/components/islands';
import { drawIsland } from '$lib/server/draw-island';
import { explorerData } from '$lib/server/explorer-data';
import type { TimelineEvent } from '$lib/model/timeline';
import ChartLegend from '$lib/components/chart/ChartLegend.svelte';
import OverviewStrip from '$lib/components/chart/OverviewStrip.svelte';
import StillChart from '$lib/components/chart/StillChart.svelte';
import TimelineChart from '$lib/components/chart/TimelineChart.svelte';
import EventTable from '$lib/components/explorer/EventTable.svelte';
import ReferencesPanel from '$lib/components/explorer/ReferencesPanel.svelte';
import TimelineAbout from '$lib/components/TimelineAbout.svelte';
import TimelineHeader from '$lib/components/TimelineHeader.svelte';
import VerticalTimeline from '$lib/components/vertical/VerticalTimeline.svelte';

// Drawn on the server and brought to life as the page does, where they are shown (Island.svelte): the
// chart and its overview on a wide screen, and seminar mode's chart. A phone shows the timeline down
// the page instead.
drawOnServer('chart', (props) => drawIsland(TimelineChart, props));
drawOnServer('still-chart', (props) => drawIsland(StillChart, props));
drawOnServer('overview', (props) => drawIsland(OverviewStrip, props));
// Drawn on the server and brought to life after first paint, or when first reached: the phone's
// timeline and the table of events below the chart.
drawOnServer('vertical', (props) => drawIsland(VerticalTimeline, props));
drawOnServer('event-table', (props) => drawIsland(EventTable, props));
// The references, drawn with their citations and the events' sources, which the page's data does not
// carry (the browser fetches them when the panel is opened: model/details.ts).
drawOnServer('references', (props) => {
	const { timeline, details } = explorerData(String(props.slug));
	const sources = new Map(timeline.events.map((event) => [event.id, event.sources]));
	return drawIsland(ReferencesPanel, {
		...props,
		citations: details.citations,
		sourcesOf: (event: TimelineEvent) => sources.get(event.id)
	});
});
// Drawn on the server and left so (still islands): the explorer's header, legend and about.
drawOnServer('timeline-header', (props) => drawIsland(TimelineHeader, props));
drawOnServer('chart-legend', (props) => drawIsland(ChartLegend, props));
drawOnServer('timeline-about', (props) => drawIsland(TimelineAbout, props));

// The document's language and direction come from the page's (its scope's), so right-to-left
// languages lay out correctly.
export const handle: Handle = ({ event, resolve }) => {
	const { code, dir } = LANGUAGE_INFO[languageOfScope(event.params.scope ?? '')];
	const opening = event.route.id?.startsWith('/open') ?? false;
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%lang%', code).replace('%dir%', dir);
			return opening ? widenConnect(page) : page;
		}
	});
};

/**
 * The /open/ pages fetch the timeline a reader (or a course page's `?src=`) names, from its own
 * host: their policy lets them read https: addresses (and http on this machine, for authors). Every
 * other directive, and every other page's policy, stays as it is.
 */
export function widenConnect(html: string): string {
	return html.replace(
		/(<meta http-equiv="content-security-policy" content="[^"]*?connect-src 'self')/,
		'$1 https: http://localhost:* http://127.0.0.1:*'
	);
}
