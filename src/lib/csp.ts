/**
 * The Content-Security-Policy every page sends (as a <meta>, since the site is plain files on any server):
 * scripts only from the site itself, plus the one inline script by its hash, and WebAssembly for Pagefind.
 * Even if some content slipped markup past the escaping, the browser would not run it. See SECURITY.md.
 */
import { createHash } from 'node:crypto';

/**
 * 大字模式 (reading mode): set before first paint from localStorage, toggled by the header button. Inline so a
 * plain page needs no script request; allowed by its hash below, so it must stay byte-for-byte as rendered.
 */
export const READING_MODE_SCRIPT = [
	`(function(){var d=document.documentElement,k='gongkai-reading';try{if(localStorage.getItem(k)==='large')d.setAttribute('data-reading','large')}catch(e){`,
	`}d.classList.add('js');function s(b){b.setAttribute('aria-pressed',String(d.getAttribute('data-reading')==='large'))}document.addEventListener('click',function(e){`,
	`var b=e.target.closest&&e.target.closest('[data-reading-toggle]');if(!b)return;var on=d.getAttribute('data-reading')!=='large';`,
	`on?d.setAttribute('data-reading','large'):d.removeAttribute('data-reading');s(b);try{on?localStorage.setItem(k,'large'):localStorage.removeItem(k)}catch(e){`,
	`}});document.addEventListener('DOMContentLoaded',function(){var b=document.querySelector('[data-reading-toggle]');`,
	`if(b)s(b)})})();`,
].join('');

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The policy. `'wasm-unsafe-eval'` lets Pagefind compile its WebAssembly (no JavaScript eval). Styles may be
 * inline (Astro and the Pagefind UI set them); CSS cannot run script. No plugins, frames, foreign forms or <base>.
 */
export const CONTENT_SECURITY_POLICY = [
	"default-src 'self'",
	`script-src 'self' 'wasm-unsafe-eval' ${sha256(READING_MODE_SCRIPT)}`,
	"style-src 'self' 'unsafe-inline'",
	"img-src 'self' data:",
	"object-src 'none'",
	"frame-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
].join('; ');
