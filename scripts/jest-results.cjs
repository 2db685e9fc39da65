// Jest testResultsProcessor: writes the aggregated results as JSON where AAG_JEST_JSON points,
// so .ci/run can print its "N passed, N failed" line. Returns the results unchanged.
const { writeFileSync } = require('node:fs');

module.exports = (results) => {
  if (process.env.AAG_JEST_JSON) writeFileSync(process.env.AAG_JEST_JSON, JSON.stringify(results));
  return results;
};
