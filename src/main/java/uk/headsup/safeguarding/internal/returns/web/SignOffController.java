package uk.headsup.safeguarding.internal.returns.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.headsup.safeguarding.internal.returns.SignOffs;
import uk.headsup.safeguarding.internal.rounds.Rounds;

/**
 * The page an emailed sign-off link opens, for the headteacher or a governor (who may have no account): read the
 * summary and confirm, once. An expired or used link says so and offers a new one.
 */
@Controller
@RequestMapping("/safeguarding/sign-off")
class SignOffController {

    private final SignOffs signOffs;
    private final Rounds rounds;

    SignOffController(SignOffs signOffs, Rounds rounds) {
        this.signOffs = signOffs;
        this.rounds = rounds;
    }

    @GetMapping
    String page(@RequestParam(required = false) String token, Model model) {
        SignOffs.Found found = signOffs.check(token);
        model.addAttribute("page", SignOffPage.of(found.check()));
        model.addAttribute("token", token);
        found.signOff().ifPresent(s -> {
            model.addAttribute("signOff", s);
            rounds.auditReturn(s.returnId()).ifPresent(r -> {
                model.addAttribute("auditReturn", r);
                model.addAttribute("round", rounds.round(r.roundId()).orElseThrow());
            });
        });
        return "safeguarding/sign-off";
    }

    @PostMapping
    String confirm(@RequestParam String token, Model model) {
        SignOffs.Check check = signOffs.confirm(token);
        if (check != SignOffs.Check.VALID) {
            return page(token, model);
        }
        model.addAttribute("page", SignOffPage.SIGNED);
        return "safeguarding/sign-off";
    }

    @PostMapping("/renew")
    String renew(@RequestParam String token, Model model) {
        model.addAttribute("page", SignOffPage.renewal(signOffs.renew(token)));
        return "safeguarding/sign-off";
    }
}
