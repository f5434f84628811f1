-- Each server node takes a block of 1000 ids per nextval, so ids are unique across nodes without a round trip per id.
-- Starting at 10^12 blocks puts ids in Lofty's 16-digit range, still far below 2^53 - 1.
CREATE SEQUENCE id_blocks START WITH 1000000000000 INCREMENT BY 1;
