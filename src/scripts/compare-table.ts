/**
 * Progressive enhancement of the comparison page (src/pages/compare/): the server sends the table in its
 * default order, complete and readable without JavaScript; this script adds sortable column headings (buttons
 * with aria-sort), filters by 地区, 主管部门 and unit name, keeps all of it in the query string (a view can be
 * shared and survives a reload) and redraws the bars for the rows shown. It reads the figures from the cells
 * themselves (`td.x`: not published or not compared, never ranked; `data-v`: a 等次's rank), so the page holds
 * every number once.
 */
export {};

type Direction = 'descending' | 'ascending';
interface State {
	sort: string;
	dir: Direction;
	region: string;
	supervisor: string;
	q: string;
}

const table = document.querySelector<HTMLTableElement>('table[data-compare-table]');
const form = document.querySelector<HTMLFormElement>('form[data-compare-filters]');
const status = document.querySelector<HTMLElement>('[data-compare-status]');
if (table?.tBodies[0] && table.tHead && form && status) enhance(table.tBodies[0], table.tHead, form, status);

function enhance(tbody: HTMLTableSectionElement, thead: HTMLTableSectionElement, form: HTMLFormElement, status: HTMLElement) {
	const messages = JSON.parse(form.dataset.messages ?? '{}') as Record<string, string>;
	const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
	const rows = [...tbody.rows];
	const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
	const choices = (name: string) => [...(field(name) as HTMLSelectElement).options].slice(1).map((o) => o.value);
	const regions = choices('region');
	const supervisors = choices('supervisor');
	const headings = [...thead.querySelectorAll<HTMLTableCellElement>('th[data-metric]')];
	// Body cell index of a metric: the unit heading is column 0, then 公开文档, then the metrics in heading order.
	const columnOf = new Map(headings.filter((th) => th.dataset.metric).map((th, i) => [th.dataset.metric!, i + 2]));
	const labels = new Map(headings.map((th) => [th.dataset.metric!, th.firstChild?.textContent ?? '']));
	const labelOf = (key: string) => labels.get(key) ?? key;
	const values = new Map<string, (number | undefined)[]>();
	const column = (key: string) => {
		if (!values.has(key)) {
			const col = columnOf.get(key)!;
			values.set(
				key,
				rows.map((r) => {
					const cell = r.cells[col];
					if (!cell || cell.classList.contains('x')) return undefined;
					const n = Number(cell.dataset.v ?? cell.textContent!.replaceAll(',', ''));
					return Number.isFinite(n) ? n : undefined;
				}),
			);
		}
		return values.get(key)!;
	};

	// The headings become buttons: without this script they are plain text, so nothing pretends to sort.
	for (const th of headings) {
		const button = document.createElement('button');
		button.type = 'button';
		button.append(...th.childNodes);
		const mark = document.createElement('span');
		mark.className = 'sort-mark';
		mark.setAttribute('aria-hidden', 'true');
		button.append(mark);
		th.append(button);
		button.addEventListener('click', () => {
			const key = th.dataset.metric!;
			state.sort = key === '' ? '' : key;
			state.dir = key !== '' && previous === key && state.dir === 'descending' ? 'ascending' : 'descending';
			apply();
		});
	}

	const params = new URLSearchParams(location.search);
	const state: State = {
		sort: columnOf.has(params.get('sort') ?? '') ? params.get('sort')! : '',
		dir: params.get('dir') === 'asc' ? 'ascending' : 'descending',
		region: regions.includes(params.get('region') ?? '') ? params.get('region')! : '',
		supervisor: supervisors.includes(params.get('supervisor') ?? '') ? params.get('supervisor')! : '',
		q: params.get('q') ?? '',
	};
	let previous = '';
	field('region').value = state.region;
	field('supervisor').value = state.supervisor;
	field('q').value = state.q;
	form.hidden = false;

	const readForm = () => {
		state.region = field('region').value;
		state.supervisor = field('supervisor').value;
		state.q = field('q').value;
		apply();
	};
	form.addEventListener('input', readForm);
	form.addEventListener('change', readForm);
	form.addEventListener('submit', (e) => e.preventDefault());
	form.addEventListener('reset', () => setTimeout(() => ((state.sort = ''), readForm())));

	function order(): number[] {
		const idx = rows.map((_, i) => i);
		if (!state.sort) return idx;
		const v = column(state.sort);
		const sign = state.dir === 'descending' ? -1 : 1;
		// Not published or not compared: last, whatever the direction (as on the server, compare.ts sortRows).
		return idx.sort((a, b) => {
			const x = v[a];
			const y = v[b];
			if (x === undefined || y === undefined) return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0) || a - b;
			return sign * (x - y) || a - b;
		});
	}

	function visible(r: HTMLTableRowElement): boolean {
		if (state.region && regions[Number(r.dataset.r)] !== state.region) return false;
		if (state.supervisor && supervisors[Number(r.dataset.s)] !== state.supervisor) return false;
		const q = state.q.trim();
		return !q || (r.cells[0].querySelector('a')?.textContent ?? '').includes(q);
	}

	function apply() {
		previous = state.sort;
		const ordered = order();
		const shown: number[] = [];
		for (const i of ordered) {
			rows[i].hidden = !visible(rows[i]);
			if (!rows[i].hidden) shown.push(i);
		}
		tbody.append(...ordered.map((i) => rows[i]));
		for (const th of headings) {
			const sorted = th.dataset.metric === state.sort && state.sort !== '';
			if (sorted) th.setAttribute('aria-sort', state.dir);
			else th.removeAttribute('aria-sort');
			const mark = th.querySelector('.sort-mark');
			if (mark) mark.textContent = sorted ? (state.dir === 'descending' ? '▼' : '▲') : th.dataset.metric ? '⇅' : '';
		}
		const how = state.sort ? fill(messages.sorted, { label: labelOf(state.sort), direction: messages[state.dir] }) : messages.default;
		status.textContent = `${how}${fill(messages.shown, { shown: shown.length, total: rows.length })}`;
		drawBars(shown);
		const query = new URLSearchParams();
		if (state.sort) query.set('sort', state.sort);
		if (state.sort && state.dir === 'ascending') query.set('dir', 'asc');
		for (const key of ['region', 'supervisor', 'q'] as const) if (state[key].trim()) query.set(key, state[key].trim());
		const search = query.toString() ? `?${query}` : '';
		if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
	}

	/** Redraws each chart with the largest comparable values of the rows shown. */
	function drawBars(shown: readonly number[]) {
		for (const figure of document.querySelectorAll<HTMLElement>('[data-compare-bars] figure[data-metric]')) {
			const key = figure.dataset.metric!;
			const v = column(key);
			const top = shown
				.filter((i) => v[i] !== undefined)
				.sort((a, b) => v[b]! - v[a]! || a - b)
				.slice(0, Number(figure.dataset.limit));
			const max = top.length ? v[top[0]]! : 0;
			const list = figure.querySelector('ol')!;
			list.replaceChildren(...top.map((i) => bar(rows[i], v[i]!, max, key)));
			figure.querySelector<HTMLElement>('p')!.hidden = top.length > 0;
		}
	}

	function bar(row: HTMLTableRowElement, value: number, max: number, key: string): HTMLLIElement {
		const li = document.createElement('li');
		const span = (cls: string, text = '') => Object.assign(document.createElement('span'), { className: cls, textContent: text });
		const track = span('bars__track');
		track.setAttribute('aria-hidden', 'true');
		const fillBar = span('bars__bar');
		fillBar.style.width = `${max > 0 ? Math.max(0, (value / max) * 100).toFixed(1) : 0}%`;
		track.append(fillBar);
		li.append(
			span('bars__name', row.cells[0].querySelector('a')?.textContent ?? ''),
			track,
			span('bars__value', row.cells[columnOf.get(key)!].textContent ?? ''),
		);
		return li;
	}

	apply();
}
