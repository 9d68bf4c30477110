/// <reference types="astro/client" />
declare namespace App {
	interface Locals {
		/** The unit-year being rendered, for narrative components (Section, Figure) placed inside MDX. */
		disclosure?: import('./core/schema/disclosure.ts').Disclosure;
		/** The 部门决算 page plan: figures the narrative places itself, and the findings by section (figures work). */
		finalAccountsPage?: {
			placedFigures: readonly import('./core/figures/types.ts').FigureNo[];
			/** Sections the narrative leaves out, to render in front of a narrative section (template order). */
			before: Partial<Record<string, readonly string[]>>;
			findings: readonly import('./core/rules/types.ts').Finding[];
			unit?: import('./core/schema/unit.ts').Unit;
		};
	}
}
