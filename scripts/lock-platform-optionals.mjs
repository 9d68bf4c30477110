// The registry these machines reach lacks some platform binaries (darwin, windows, …) that packages list
// as optionalDependencies, so `npm install` leaves them out of package-lock.json and `npm ci` then refuses
// the lockfile ("Missing: … from lock file"). This adds each missing entry with the os/cpu/libc its name
// encodes, exactly as npm writes it where the registry has the package; npm ci skips them on other platforms.
// Run after every `npm install` that changes the lockfile: `npm run lock:platforms`.
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const OS = { darwin: 'darwin', linux: 'linux', win32: 'win32', windows: 'win32', freebsd: 'freebsd', android: 'android' };
const CPU = { x64: 'x64', arm64: 'arm64', ia32: 'ia32', arm: 'arm', wasm32: 'wasm32' };

function platformOf(name) {
	const parts = name.split('/').pop().split('-');
	const os = parts.map((p) => OS[p]).find(Boolean);
	const cpu = parts.map((p) => CPU[p]).find(Boolean);
	const libc = parts.includes('musl') ? 'musl' : parts.includes('gnu') ? 'glibc' : undefined;
	if (!cpu) return undefined;
	return { ...(os ? { os: [os] } : {}), cpu: [cpu], ...(libc ? { libc: [libc] } : {}) };
}

let added = 0;
for (const [path, pkg] of Object.entries({ ...lock.packages })) {
	for (const [dep, range] of Object.entries(pkg.optionalDependencies ?? {})) {
		const target = `node_modules/${dep}`;
		if (lock.packages[target] || lock.packages[`${path}/${target}`]) continue;
		const platform = platformOf(dep);
		if (!platform) throw new Error(`${dep}: 无法从包名判断平台，请手动处理`);
		lock.packages[target] = { version: range.replace(/^[\^~=]/, ''), dev: pkg.dev, optional: true, ...platform };
		if (!pkg.dev) delete lock.packages[target].dev;
		added += 1;
	}
}
writeFileSync(LOCK, JSON.stringify(lock, null, 2) + '\n');
console.log(`package-lock.json：补入 ${added} 个其他平台的可选依赖`);
