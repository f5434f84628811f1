package io.leadline.console;

import io.leadline.web.Caller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page's top bar needs: whether to offer the administration pages (owners and admins only). */
@ControllerAdvice(basePackageClasses = ConsoleNavigation.class)
class ConsoleNavigation {

    @ModelAttribute("managesTeam")
    boolean managesTeam() {
        Caller caller = Caller.current();
        return caller != null && caller.managesTeam();
    }
}
