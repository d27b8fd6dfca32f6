import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { checkTranslations } from './scripts/vite-plugin-check-translations';
import { validateData } from './scripts/vite-plugin-validate-data';

/** Modules the explorer's pages never load, or load only after first paint (see `codeSplitting` below). */
const ELSEWHERE = new RegExp(
	[
		'/src/lib/(present|offline|share|embed|import|open|validate|schema)/',
		'/src/lib/components/open/',
		'/src/lib/components/(present|share|embed|handout)/',
		'/src/lib/components/(DarkTheme|EventClaims|ModalDialog)\\.svelte',
		// The still chart draws seminar mode, the presenter's preview and the handout's figure.
		'/src/lib/components/chart/StillChart\\.svelte',
		// The zoom, brush and key behaviours, the tooltip and the open event's panel load just after
		// the chart is drawn; seminar mode swipes.
		'/src/lib/interaction/(zoom-gestures|overview-brush|chart-keys|swipe)\\.',
		'/src/lib/components/chart/ChartTooltip\\.svelte',
		// The chart and its overview: drawn by the server, brought to life as the page does where they
		// are shown (a wide screen), and never on a phone (Island.svelte).
		'/src/lib/components/chart/(TimelineChart|ChartFrame|ChartPlot|ChartAxis|LaneRow|EventMark|ClusterMark|MilestoneLayer|PeriodBand|OverviewStrip|chart-model)\\.',
		'/src/lib/chart/(layout|marks|labels|lane-refresh|milestones|overview|ticks)\\.',
		'/src/lib/components/explorer/EventDetail\\.svelte',
		// The phone's timeline and the table of events: drawn by the server, brought to life after
		// first paint (Island.svelte).
		'/src/lib/components/vertical/',
		'/src/lib/components/explorer/EventTable\\.svelte',
		// The references: drawn by the server, brought to life when their panel is opened.
		'/src/lib/components/explorer/ReferencesPanel\\.svelte',
		// Drawn by the server and left so: their code loads only where the server did not draw them.
		'/src/lib/components/(TimelineHeader|TimelineAbout)\\.svelte',
		'/src/lib/components/chart/ChartLegend\\.svelte',
		'/src/lib/chart/vertical\\.',
		// What only those later pieces use (the keys' moves, an open event's heading and text).
		'/src/lib/chart/navigation\\.',
		'/src/lib/components/(EventHeading|EventSummary|InlineText)\\.svelte',
		'/src/lib/i18n/\\w+-messages',
		// Each other language's strings, and how dates are written in the other calendars and
		// languages: loaded by that language's pages, or when a reader chooses the other calendar.
		'/src/lib/i18n/(ru|fa|load-language)\\.',
		'/src/lib/format/(calendar-writers|solar-hijri|digits|date-label)\\.',
		'/src/lib/chart/(solar-hijri-ticks|axis-locales|language-axis)\\.'
	].join('|')
);

/** Modules only the explorer's page draws: kept out of the shared chunk, so the embed does not load them. */
const EXPLORER_ONLY = new RegExp(
	['/src/lib/components/explorer/(Explorer|ClaimsPanel|Toolbar|EventList)\\.svelte'].join('|')
);

export default defineConfig({
	plugins: [validateData(), checkTranslations(), sveltekit()],
	resolve: {
		alias: [
			// The Markdown parser's entity decoder has a browser build that asks the DOM, which the worker
			// that opens timelines (src/lib/open/worker.ts) does not have; its other build has a table.
			{
				find: /^decode-named-character-reference$/,
				replacement: fileURLToPath(
					new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url)
				)
			}
		]
	},
	build: {
		// The single file (npm run export:single) carries its fonts inside it, as it does everything.
		...(process.env.DYAD_SINGLE === '1' ? { assetsInlineLimit: () => true } : {}),
		rolldownOptions: {
			output: {
				// The chart and the code the explorer shares with the other pages go in one chunk: split
				// finer, each piece compresses on its own and the home page pays for it. What only
				// presentations, embeds, the handout or the share dialog use stays out of it.
				codeSplitting: {
					groups: [
						{
							name: 'timeline',
							test: (id: string) =>
								id.includes('/src/lib/') && !ELSEWHERE.test(id) && !EXPLORER_ONLY.test(id)
						}
					]
				}
			}
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
