import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { validateData } from './scripts/vite-plugin-validate-data';

export default defineConfig({
	plugins: [validateData(), sveltekit()],
	build: {
		rolldownOptions: {
			output: {
				// The chart and the code the explorer shares with the presentation pages go in one chunk:
				// split finer, each piece compresses on its own and the home page pays for it.
				codeSplitting: {
					groups: [
						{
							name: 'timeline',
							test: /\/src\/lib\/(?!present\/|offline\/|components\/present\/)/
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
