package io.leadline.console;

import io.leadline.web.Caller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page's top bar needs: whether to offer the team's administration pages and the ops page. */
@ControllerAdvice(basePackageClasses = ConsoleNavigation.class)
class ConsoleNavigation {

    @ModelAttribute("managesTeam")
    boolean managesTeam() {
        Caller caller = Caller.current();
        return caller != null && caller.managesTeam();
    }

    @ModelAttribute("serverAdmin")
    boolean serverAdmin() {
        Caller caller = Caller.current();
        return caller != null && caller.serverAdmin();
    }
}
