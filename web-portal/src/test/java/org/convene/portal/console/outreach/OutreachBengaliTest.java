package org.convene.portal.console.outreach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.convene.portal.console.BengaliWords;
import org.junit.jupiter.api.Test;

/** Every word of OutreachMessages has its Bengali in messages/cou_bn.properties, and Bengali has none English lacks. */
class OutreachBengaliTest {

    @Test
    void everyWordHasItsBengali() throws Exception {
        BengaliWords.assertComplete(OutreachMessages.class, "messages/cou_bn.properties");
    }
}
