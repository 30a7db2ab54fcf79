export {
  createSimulator,
  type LoggedRequest,
  type Simulator,
  type SimulatorConfig,
  type SimulatorOptions,
} from "./simulator";
export { LIST_FILTER_MODES, type ListFilterMode } from "./list-tasks";
export { startSimulatorServer, type SimulatorServer, type SimulatorServerOptions } from "./server";
export { FAULT_KINDS, type Fault, type FaultKind } from "./faults";
export type { CallbackDelivery, FetchedImage } from "./background";
export { MEDIA_FILES, type SimTask, type SimTaskState } from "./tasks";
