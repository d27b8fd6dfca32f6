import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { validateData } from './scripts/vite-plugin-validate-data';

export default defineConfig({
	plugins: [validateData(), sveltekit()],
	build: {
		rolldownOptions: {
			output: {
				// The chart and the code the explorer shares with the other pages go in one chunk (what only
				// presentations, embeds, the handout or the share dialog use stays out of it):
				// split finer, each piece compresses on its own and the home page pays for it.
				codeSplitting: {
					groups: [
						{
							name: 'timeline',
							test: /\/src\/lib\/(?!present\/|offline\/|share\/|embed\/|components\/(present|share|embed|handout)\/|i18n\/\w+-messages)/
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
