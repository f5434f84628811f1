package io.leadline.leads.resource;

import java.util.List;

/** The documented values of the lead fields that take one of a list, for forms that offer them. */
public final class FieldChoices {

    private FieldChoices() {}

    /** buyingTimeFrame and sellingTimeFrame. */
    public static List<String> timeFrames() {
        return ValueList.TIME_FRAME.documented();
    }

    /** preQual, houseToSell, fthb, withBuyerAgent, mortgage, buyHouse, withListingAgent. */
    public static List<String> yesNo() {
        return ValueList.YES_NO.documented();
    }

    public static List<String> languages() {
        return ValueList.LANGUAGE.documented();
    }
}
