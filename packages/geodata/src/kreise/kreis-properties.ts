/**
 * Properties of each geometry in the `kreise` object of `bw-kreise.topo.json`. A Stadtkreis
 * (kreisfreie Stadt) is `stadt`: it is the same area as its one Gemeinde in the register.
 */
export interface KreisProperties {
  readonly ags: string;
  readonly name: string;
  readonly kind: "landkreis" | "stadt";
}
