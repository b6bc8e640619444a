/** OpenCC's dictionaries as opencc-js ships them (dist/esm-lib/dict/*.js): one string, "key value|key value". */
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
