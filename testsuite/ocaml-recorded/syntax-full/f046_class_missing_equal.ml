class c object end
