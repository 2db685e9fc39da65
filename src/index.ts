/** GitHub Action entry point: runs the checker on the workspace's model cards. */
import { run } from './action/main.js';

await run();
