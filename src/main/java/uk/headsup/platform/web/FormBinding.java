package uk.headsup.platform.web;

import jakarta.servlet.ServletRequest;
import java.util.List;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.support.WebBindingInitializer;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;
import uk.headsup.platform.FormProblems;
import uk.headsup.platform.Mistyped;

/**
 * Binds every form so that a value which cannot be read as its field's type (a number that is not one, a choice that
 * is not on the list, an id or a tick box changed in the page) is a problem on that field in words a person
 * understands ({@link MistypedValues}), and the form can be shown again with it:
 *
 * <ul>
 *   <li>Spring binds a form record through its constructor. When a value is mistyped there, it still makes the form
 *       with that field empty, but its {@link BindingResult} keeps no form (the page cannot be drawn from it) and
 *       the nested fields (a date's boxes, the lines of a table) are left unbound. Here the result on the form
 *       takes its place and the nested fields are bound as they would have been.
 *   <li>With a {@code BindingResult} after the form, the controller shows the form again: {@link FormProblems#reportTo}
 *       reports the form as not accepted, so nothing is saved. Without one, {@link BadRequestAdvice} answers 400 with
 *       the messages.
 * </ul>
 *
 * A record component of a primitive type cannot be left empty, so a form record declares its typed fields boxed
 * ({@code Integer}, {@code Boolean}) and gives them their defaults in its constructor.
 */
@Configuration(proxyBeanMethods = false)
class FormBinding implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
        return new RequestMappingHandlerAdapter() {
            @Override
            protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> methods) {
                return new FormBinderFactory(methods, getWebBindingInitializer());
            }
        };
    }

    private static final class FormBinderFactory extends ServletRequestDataBinderFactory {

        FormBinderFactory(List<InvocableHandlerMethod> methods, WebBindingInitializer initializer) {
            super(methods, initializer);
        }

        @Override
        protected ServletRequestDataBinder createBinderInstance(
                Object target, String objectName, NativeWebRequest request) {
            return new FormBinder(target, objectName);
        }
    }

    /** Spring's binder for a request, with mistyped values worded for people and a form record kept despite them. */
    static final class FormBinder extends ExtendedServletRequestDataBinder {

        /** The result on the form, in place of Spring's, which has none after a mistyped value. */
        private AbstractPropertyBindingResult onTheForm;

        FormBinder(Object target, String objectName) {
            super(target, objectName);
            setBindingErrorProcessor(new MistypedValues(this::formType));
        }

        @Override
        public void construct(ServletRequest request) {
            super.construct(request);
            BindingResult made = getBindingResult();
            if (getTarget() == null || made.getTarget() != null || !made.hasErrors()) {
                return;
            }
            BeanPropertyBindingResult result = new BeanPropertyBindingResult(
                    getTarget(), getObjectName(), isAutoGrowNestedPaths(), getAutoGrowCollectionLimit());
            if (getConversionService() != null) {
                result.initConversion(getConversionService());
            }
            result.addAllErrors(made);
            onTheForm = result;
            // What Spring binds after a form is made, and skips when making it went wrong: nested fields.
            bind(request);
        }

        @Override
        protected AbstractPropertyBindingResult getInternalBindingResult() {
            return onTheForm != null ? onTheForm : super.getInternalBindingResult();
        }

        /** The form's class, for the {@link Mistyped} messages of its fields; null if unknown. */
        private Class<?> formType() {
            if (getTarget() != null) {
                return getTarget().getClass();
            }
            return getTargetType() == null ? null : getTargetType().resolve();
        }
    }
}
