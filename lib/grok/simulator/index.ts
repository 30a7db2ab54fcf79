export { createSimulator, type LoggedRequest, type Simulator, type SimulatorOptions } from "./simulator";
export { startSimulatorServer, type SimulatorServer, type SimulatorServerOptions } from "./server";
export { FAULT_KINDS, type Fault, type FaultKind } from "./faults";
export type { CallbackDelivery, FetchedImage } from "./background";
export { MEDIA_FILES, type SimTask, type SimTaskState } from "./tasks";
