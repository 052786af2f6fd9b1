package org.convene.portal.console.workshops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class MergePatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) JSON.readTree(text);
    }

    @Test
    void onlyWhatChangedWithNullForWhatWasRemovedObjectsMemberByMemberArraysWhole() throws Exception {
        ObjectNode before = json("""
                {"title": "A", "venue": "Hall", "capacity": 30, "questions": [{"key": "a"}, {"key": "b"}],
                 "seatAllocation": {"by": "CITY", "seatsPerGroup": 2, "overrides": {"x": 4, "y": 1}}}""");
        ObjectNode after = json("""
                {"title": "A", "capacity": 40, "questions": [{"key": "a"}],
                 "seatAllocation": {"by": "CITY", "seatsPerGroup": 2, "overrides": {"x": 4, "z": 3}},
                 "description": "new"}""");

        assertEquals(json("""
                {"capacity": 40, "questions": [{"key": "a"}], "seatAllocation": {"overrides": {"z": 3, "y": null}},
                 "description": "new", "venue": null}"""), MergePatch.diff(before, after));
    }

    @Test
    void theSameObjectIsAnEmptyPatchAndAnObjectAppearingIsSentWhole() throws Exception {
        ObjectNode same = json("{\"a\": {\"b\": 1}, \"c\": [1, 2]}");
        assertEquals(json("{}"), MergePatch.diff(same, same.deepCopy()));
        assertEquals(json("{\"seatAllocation\": {\"by\": \"CITY\"}}"),
                MergePatch.diff(json("{}"), json("{\"seatAllocation\": {\"by\": \"CITY\"}}")));
        assertEquals(json("{\"seatAllocation\": null}"),
                MergePatch.diff(json("{\"seatAllocation\": {\"by\": \"CITY\"}}"), json("{}")));
    }
}
