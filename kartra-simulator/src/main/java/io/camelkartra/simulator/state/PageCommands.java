package io.camelkartra.simulator.state;

import static io.camelkartra.simulator.state.Wire.object;


/**
 * {@code retrieve_account_pages} (§2.8): the page is undocumented; like its siblings it returns the
 * names under {@code account_pages}.
 */
final class PageCommands {

    private PageCommands() {
    }

    static void register(CommandRegistry registry) {
        registry.accountList("retrieve_account_pages",
                ctx -> ActionResult.data(object("account_pages", ctx.data().pages().stream().map(Page::name).toList())));
    }
}
