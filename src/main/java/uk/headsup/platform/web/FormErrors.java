package uk.headsup.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Tells the layout when a page shows a form with errors, so that its title starts with "Error: " as GOV.UK
 * asks: screen reader users hear at once that the form was not accepted.
 */
@Configuration(proxyBeanMethods = false)
class FormErrors implements WebMvcConfigurer {

    static final String ATTRIBUTE = "formHasErrors";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(
                    HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
                if (view != null
                        && view.getModel().values().stream()
                                .anyMatch(value -> value instanceof BindingResult result && result.hasErrors())) {
                    view.addObject(ATTRIBUTE, true);
                }
            }
        });
    }
}
