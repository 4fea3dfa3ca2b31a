package org.caredesk.portal.account;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.caredesk.domain.user.AccountSettings;
import org.caredesk.portal.platform.LanguageSwitch;
import org.caredesk.web.signin.FormSignIn;

/** The customer's profile (name, phone, language) and password. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {
    private final transient SignedInCustomer customer;
    private final transient AccountSettings settings;
    private final LanguageSwitch languageSwitch;
    private final transient FormSignIn formSignIn;

    private String firstName;
    private String lastName;
    private String phone;
    private String language;
    private String currentPassword;
    private String newPassword;
    private boolean loaded;

    protected ProfilePage() {
        this(null, null, null, null);
    }

    @Inject
    public ProfilePage(
            SignedInCustomer customer, AccountSettings settings, LanguageSwitch languageSwitch, FormSignIn formSignIn) {
        this.customer = customer;
        this.formSignIn = formSignIn;
        this.settings = settings;
        this.languageSwitch = languageSwitch;
    }

    public void onLoad() {
        if (!loaded) {
            settings.profile(customer.login()).ifPresent(p -> {
                firstName = p.firstName();
                lastName = p.lastName();
                phone = p.phone();
                language = p.language();
            });
            loaded = true;
        }
    }

    public void saveProfile() {
        if (phone != null && !phone.matches("[0-9+()./ \\-]{0,40}")) {
            MyCasePage.message(FacesMessage.SEVERITY_ERROR, "profile.badPhone");
            return;
        }
        if (settings.changeProfile(
                customer.login(), new AccountSettings.ProfileChange(firstName, lastName, phone, language))) {
            languageSwitch.setLanguage(language);
            MyCasePage.message(FacesMessage.SEVERITY_INFO, "profile.saved");
        }
    }

    public void changePassword() {
        switch (settings.changePassword(customer.login(), currentPassword, newPassword)) {
            case CHANGED -> {
                // Other sessions (another browser, a stolen cookie) end; this one stays signed in.
                formSignIn.keepThisSessionOnly();
                MyCasePage.message(FacesMessage.SEVERITY_INFO, "profile.passwordChanged");
            }
            case WRONG_CURRENT -> MyCasePage.message(FacesMessage.SEVERITY_ERROR, "profile.wrongPassword");
            case TOO_WEAK -> MyCasePage.message(FacesMessage.SEVERITY_ERROR, "password.tooShort");
        }
        currentPassword = null;
        newPassword = null;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
