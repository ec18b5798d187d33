// Where the scenarios' states are governed from, as [longitude, latitude]: the map draws moves and troops from
// here. Coordinates of the capital cities, rounded to a hundredth of a degree.
export const CAPITAL: Readonly<Record<string, readonly [number, number]>> = {
  russia: [37.62, 55.76],
  belarus: [27.56, 53.9],
  kazakhstan: [71.45, 51.17],
  kyrgyzstan: [74.59, 42.87],
  tajikistan: [68.79, 38.56],
  armenia: [44.51, 40.18],
  uzbekistan: [69.24, 41.3],
  turkmenistan: [58.38, 37.95],
  azerbaijan: [49.87, 40.41],
  georgia: [44.79, 41.72],
  ukraine: [30.52, 50.45],
  moldova: [28.86, 47.01],
  china: [116.4, 39.9],
  mongolia: [106.91, 47.89],
  afghanistan: [69.17, 34.53],
  iran: [51.39, 35.69],
  turkey: [32.86, 39.93],
  pakistan: [73.05, 33.68],
  india: [77.21, 28.61],
}
