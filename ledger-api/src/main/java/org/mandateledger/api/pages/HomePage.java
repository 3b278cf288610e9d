package org.mandateledger.api.pages;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mandateledger.api.security.CurrentUser;
import org.mandateledger.api.security.LedgerUser;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: for the signed-in user, the parts every feature has for their role and reach. */
@PageController
class HomePage {

    private final List<HomeSection> sections;

    HomePage(List<HomeSection> sections) {
        this.sections = sections;
    }

    @GetMapping("/")
    String home(Model model) {
        LedgerUser user = CurrentUser.get();
        model.addAttribute("parts", sections.stream().map(s -> s.forUser(user)).flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(HomeSection.Part::order)).toList());
        return "home";
    }
}
