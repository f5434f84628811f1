UPDATE lead_list_items SET item_key = REGEXP_REPLACE(item, '[^0-9]', '') WHERE list_name = 'phone';
