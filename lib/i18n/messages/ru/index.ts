import common from "./common.json";
import landing from "./landing.json";

/** This language's messages, one namespace per feature (the same files in every language). */
const messages = { common, landing };
export default messages;
