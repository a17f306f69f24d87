package io.camelkartra.simulator.state;

import static io.camelkartra.simulator.state.Wire.object;


/**
 * {@code assign_tag}, {@code unassign_tag}, {@code retrieve_account_tags} (§2.3). Tags must exist
 * already; removing a tag the lead does not carry is ignored, as documented.
 */
final class TagCommands {

    private TagCommands() {
    }

    static void register(CommandRegistry registry) {
        registry.lead("assign_tag", new NamedChange<>("tag_name", Message.TAG_EMPTY_ON_ASSIGN,
                Message.TAG_UNKNOWN_ON_ASSIGN, AccountData::tag, Tag::name, Lead::addTag, OutboundAction.ASSIGN_TAG,
                Message.TAG_ADDED));
        registry.lead("unassign_tag", new NamedChange<>("tag_name", Message.TAG_EMPTY_ON_UNASSIGN,
                Message.TAG_UNKNOWN_ON_UNASSIGN, AccountData::tag, Tag::name, Lead::removeTag, OutboundAction.UNASSIGN_TAG,
                Message.TAG_REMOVED));
        registry.accountList("retrieve_account_tags",
                ctx -> ActionResult.data(object("account_tags", ctx.data().tags().stream().map(Tag::name).toList())));
    }
}
