// The Python that runs notebooks (nbclient + nbconvert): Debian's, with the packages of
// scripts/setup/system.js installed first (or the exact command to install them).
"use strict";
const { ensurePythonStack, INSTALL_COMMAND } = require("../setup/system");

/** The Python to run notebooks with; installs Jupyter first if it is missing and we may. */
function ensureJupyterPython() {
  return ensurePythonStack();
}

module.exports = { ensureJupyterPython, INSTALL_COMMAND };
