// `npm run e2e` starts here: stop at once, with a readable reason, when the browser tests cannot run.
import { BASE_URL, checkPrerequisites } from './support.mjs';

try {
  await checkPrerequisites();
  console.log(`Browser tests against ${BASE_URL}`);
} catch (error) {
  console.error(`e2e: ${error.message}`);
  process.exit(1);
}
