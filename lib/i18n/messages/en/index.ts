import auth from "./auth.json";
import common from "./common.json";
import landing from "./landing.json";
import share from "./share.json";
import validation from "./validation.json";

/** This language's messages, one namespace per feature (the same files in every language). */
const messages = { auth, common, landing, share, validation };
export default messages;
