type alphabet = Alpha | Bravo | Charlie | Delta | Echo | Foxtrot | Golf | Hotel | India | Juliett | Kilo | Lima | Mike | November | Oscar | Papa
let f = function Alpha -> 1
