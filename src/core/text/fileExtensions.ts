/** File extensions: "report.final.pdf" is a file name even when its middle looks like a domain. */
export const FILE_EXTENSIONS: ReadonlySet<string> = new Set([
  'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'txt', 'csv', 'json', 'xml', 'yml', 'yaml', 'md', 'rtf',
  'odt', 'jpg', 'jpeg', 'png', 'gif', 'svg', 'webp', 'heic', 'psd', 'ai', 'eps', 'fig', 'sketch', 'mp3', 'mp4',
  'mov', 'avi', 'wav', 'zip', 'rar', 'tar', 'gz', '7z', 'exe', 'dmg', 'apk', 'js', 'jsx', 'ts', 'tsx', 'mjs',
  'css', 'scss', 'html', 'htm', 'py', 'rb', 'php', 'java', 'kt', 'go', 'rs', 'sh', 'sql', 'c', 'h', 'cpp', 'cs',
  'swift', 'vue', 'lock', 'log', 'ini', 'env', 'cfg', 'conf', 'bak', 'tmp', 'dll', 'so', 'bin', 'iso', 'ttf',
  'woff', 'otf', 'ico', 'bmp', 'tif', 'tiff', 'raw', 'indd', 'dwg', 'stl', 'obj', 'blend', 'unity', 'epub', 'mobi',
]);
