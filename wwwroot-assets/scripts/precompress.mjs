// Writes file.gz (gzip, level 9) and file.br (brotli, best) beside every .js and .css under the folders given.
// The static web assets SDK serves these precompressed files as they are; left to itself, a plain build (dotnet run)
// stores its gzip files without compressing them, and phones on plain HTTP never ask for brotli.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

for (const folder of process.argv.slice(2)) compressUnder(folder);

/** @param {string} folder */
function compressUnder(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      compressUnder(path);
    } else if (/\.(js|css)$/.test(name) && isNewer(path, `${path}.gz`)) {
      const content = readFileSync(path);
      writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
      writeFileSync(`${path}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }));
    }
  }
}

/**
 * @param {string} source
 * @param {string} compressed
 */
function isNewer(source, compressed) {
  try {
    return statSync(source).mtimeMs > statSync(compressed).mtimeMs;
  } catch {
    return true;
  }
}
