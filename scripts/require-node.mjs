// Astro 7 and Vitest 5 need Node ≥ 22.12. npm scripts run the pinned Node from node_modules/.bin (the `node`
// devDependency); this guard turns "wrong Node" into one clear sentence instead of a stack trace.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
	console.error(
		`gongkai 需要 Node ≥ 22.12，当前为 ${process.version}。\n` +
			'请先运行 `npm ci`（它会把 Node 22 装进 node_modules/.bin），再用 `npm run …` 启动命令。',
	);
	process.exit(1);
}
