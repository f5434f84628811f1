UPDATE lead_list_items SET item_key = regexp_replace(item, '[^0-9]', '', 'g') WHERE list_name = 'phone';
