import { KfdInvitationAccept } from "../screens/invitation-accept.js";

customElements.define("kfd-invitation-accept", KfdInvitationAccept);
