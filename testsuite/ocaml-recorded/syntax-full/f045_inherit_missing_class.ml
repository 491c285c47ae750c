class c = object inherit end
