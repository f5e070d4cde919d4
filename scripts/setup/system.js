// The Debian packages the notebooks and the tests need, in one list, and the one function that
// installs the missing ones: with apt-get when running as root, else it prints the exact command
// and stops. `npm test`, `npm run notebooks` and `npm run lab` call it; .ci/run needs nothing else.
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");

const DEBIAN_PACKAGES = [
  // Jupyter: the notebook executor, the kernel client and the classic Notebook (npm run lab)
  "jupyter-nbconvert", "jupyter-client", "python3-nbclient", "python3-ipykernel", "jupyter-notebook",
  // Jupyter's kernel conformance suite, run against the kernel
  "python3-jupyter-kernel-test",
  // the Python reference stack the notebook comparison tests run
  "python3-numpy", "python3-skimage", "python3-sklearn", "python3-matplotlib", "python3-natsort",
  "python3-seaborn", "python3-scipy",
  // the browser of the rendering and Notebook tests
  "chromium",
];

const PYTHON = process.env.TSLAB_SCI_PYTHON || "/usr/bin/python3";
const INSTALL_COMMAND = `apt-get update && apt-get install -y ${DEBIAN_PACKAGES.join(" ")}`;

function isInstalled(pkg) {
  const r = spawnSync("dpkg-query", ["-W", "-f=${Status}", pkg], { encoding: "utf8" });
  return r.status === 0 && r.stdout.includes("install ok installed");
}

function hasDpkg() {
  return spawnSync("dpkg-query", ["--version"], { stdio: "ignore" }).status === 0;
}

function isRootWithApt() {
  return typeof process.getuid === "function" && process.getuid() === 0 && fs.existsSync("/usr/bin/apt-get");
}

/** The packages of the list that are not installed (none off Debian: nothing to check there). */
function missingPackages() {
  return hasDpkg() ? DEBIAN_PACKAGES.filter((p) => !isInstalled(p)) : [];
}

/** Installs what is missing, or throws with the command to run. Returns the Python to use. */
function ensurePythonStack() {
  const missing = missingPackages();
  if (missing.length > 0) {
    if (!isRootWithApt()) {
      throw new Error(`Missing Debian packages: ${missing.join(" ")}\nInstall them with:\n  sudo sh -c '${INSTALL_COMMAND}'`);
    }
    console.error(`Installing Debian packages: ${missing.join(" ")}`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    for (const args of [["update", "-q"], ["install", "-y", "-q", ...missing]]) {
      const r = spawnSync("apt-get", args, { stdio: ["ignore", process.stderr, process.stderr], env });
      if (r.status !== 0) throw new Error(`apt-get ${args.join(" ")} failed (exit ${r.status}). Run:\n  ${INSTALL_COMMAND}`);
    }
  }
  return PYTHON;
}

module.exports = { DEBIAN_PACKAGES, INSTALL_COMMAND, PYTHON, missingPackages, ensurePythonStack };

if (require.main === module) {
  try {
    ensurePythonStack();
    console.log("All Debian packages the tests need are installed.");
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
