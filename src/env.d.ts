/// <reference types="astro/client" />
declare namespace App {
	interface Locals {
		/** The unit-year being rendered, for narrative components (Section, Figure) placed inside MDX. */
		disclosure?: import('./core/schema/disclosure.ts').Disclosure;
	}
}
