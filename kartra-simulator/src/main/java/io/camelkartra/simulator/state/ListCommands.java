package io.camelkartra.simulator.state;

import static io.camelkartra.simulator.state.Wire.object;


/**
 * {@code subscribe_lead_to_list}, {@code unsubscribe_lead_from_list}, {@code retrieve_account_lists}
 * (§2.4). Lists are addressed by {@code list_name}; a {@code list_id} is ignored, as observed.
 * Unsubscribing a lead that is not subscribed is a no-op success.
 */
final class ListCommands {

    private ListCommands() {
    }

    static void register(CommandRegistry registry) {
        registry.lead("subscribe_lead_to_list", new NamedChange<MailingList>("list_name", Message.LIST_EMPTY_ON_SUBSCRIBE,
                Message.LIST_UNKNOWN_ON_SUBSCRIBE, AccountData::list, MailingList::name, Lead::subscribe,
                OutboundAction.LIST_SUBSCRIPTION, Message.SUBSCRIBED_TO_LIST));
        registry.lead("unsubscribe_lead_from_list", new NamedChange<MailingList>("list_name",
                Message.LIST_EMPTY_ON_UNSUBSCRIBE, Message.LIST_UNKNOWN_ON_UNSUBSCRIBE, AccountData::list, MailingList::name,
                Lead::unsubscribe, OutboundAction.LIST_UNSUBSCRIPTION, Message.UNSUBSCRIBED_FROM_LIST));
        registry.accountList("retrieve_account_lists",
                ctx -> ActionResult.data(object("account_lists", ctx.data().lists().stream().map(MailingList::name).toList())));
    }
}
