package io.camelkartra.simulator.api.commands;

import static io.camelkartra.simulator.wire.Wire.object;

import io.camelkartra.simulator.api.ActionResult;
import io.camelkartra.simulator.api.CommandRegistry;
import io.camelkartra.simulator.state.Page;

/**
 * {@code retrieve_account_pages} (§2.8): the page is undocumented; like its siblings it returns the
 * names under {@code account_pages}.
 */
public final class PageCommands {

    private PageCommands() {
    }

    public static void register(CommandRegistry registry) {
        registry.accountList("retrieve_account_pages",
                ctx -> ActionResult.data(object("account_pages", ctx.data().pages().stream().map(Page::name).toList())));
    }
}
