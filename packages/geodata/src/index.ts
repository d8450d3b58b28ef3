export { ATTRIBUTION } from "./attribution.js";
export type { KreisProperties } from "./kreise/kreis-properties.js";
export {
  findMunicipalityByAgs,
  kreisAgsOf,
  loadMunicipalityRegister,
  toMunicipality,
  type MunicipalityRecord,
} from "./register/municipality-register.js";
