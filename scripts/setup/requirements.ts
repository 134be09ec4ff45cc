/**
 * What the tests need from the machine besides npm packages: one row each, with the file whose
 * presence shows it is installed and the Debian packages that install it. `.ci/run` and the
 * README's test command both go through this list (setup.ts), so adding a need is one row here.
 */
export interface Requirement {
  /** What the tests use it for, in a few words. */
  why: string;
  /** A file that exists once it is installed (an environment variable may point elsewhere). */
  file: string;
  /** The environment variable that names another location for `file`, if any. */
  env?: string;
  /** The Debian packages that install it. */
  debian: readonly string[];
}

export const REQUIREMENTS: readonly Requirement[] = [
  {
    why: 'Chromium, the end-to-end tests’ browser',
    file: '/usr/bin/chromium',
    env: 'CHROMIUM_PATH',
    debian: ['chromium', 'fonts-dejavu-core'],
  },
  {
    why: 'Noto CJK, the page’s Japanese text in screenshots',
    file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    debian: ['fonts-noto-cjk'],
  },
  {
    why: 'Noto, the page’s Arabic-script text (Dari, Pashto)',
    file: '/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf',
    debian: ['fonts-noto-core'],
  },
  {
    why: 'nginx, the end-to-end tests’ production server',
    file: '/usr/sbin/nginx',
    env: 'NGINX_PATH',
    debian: ['nginx'],
  },
  {
    why: 'nginx’s brotli module, as hosts serve it',
    file: '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so',
    debian: ['libnginx-mod-http-brotli-filter'],
  },
  {
    why: 'Firefox ESR, the Gecko smoke suite’s browser',
    file: '/usr/bin/firefox-esr',
    env: 'FIREFOX_PATH',
    debian: ['firefox-esr'],
  },
  {
    why: 'WebKitWebDriver and MiniBrowser, the WebKit smoke suite’s browser',
    file: '/usr/bin/WebKitWebDriver',
    env: 'WEBKIT_DRIVER_PATH',
    debian: ['webkit2gtk-driver'],
  },
  {
    why: 'Xvfb, the X display Firefox and WebKit draw WebGL in',
    file: '/usr/bin/Xvfb',
    env: 'XVFB_PATH',
    debian: ['xvfb'],
  },
];
