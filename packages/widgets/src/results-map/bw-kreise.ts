import kreise from "@kfd/geodata/bw-kreise.topo.json" with { type: "json" };

// Its own module so that esbuild emits the geometry as one lazily loaded chunk.
export default kreise;
