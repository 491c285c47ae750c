Inline records cross compilation units: a unit's signature keeps them (as
its .cmi does), and another unit builds, matches, reads and assigns them
through the unit's path. Every expected output below is what ocamlc 4.13.1
printed for the same files compiled in that order.

  $ cat > wallet.mli <<'EOF'
  > type t = Cash of { amount : int } | Card of { number : string; mutable limit : int }
  > val make : int -> t
  > EOF
  $ cat > wallet.ml <<'EOF'
  > type t = Cash of { amount : int } | Card of { number : string; mutable limit : int }
  > let make amount = Cash { amount }
  > EOF
  $ cat > main.ml <<'EOF'
  > let total = match Wallet.make 3 with Wallet.Cash r -> r.amount | Wallet.Card c -> c.limit
  > let raise_limit = function Wallet.Card c -> c.limit <- c.limit + 1 | Wallet.Cash _ -> ()
  > let card = Wallet.Card { number = "1234"; limit = 10 }
  > EOF
  $ mlhint wallet.mli wallet.ml main.ml

The fields are found through the record's type only; a wrong one is named
with the constructor's record type.

  $ cat > typo.ml <<'EOF'
  > let total = match Wallet.make 3 with Wallet.Cash r -> r.amont | Wallet.Card c -> c.limit
  > EOF
  $ mlhint wallet.mli wallet.ml typo.ml
  File "typo.ml", line 1, characters 56-61:
  1 | let total = match Wallet.make 3 with Wallet.Cash r -> r.amont | Wallet.Card c -> c.limit
                                                              ^^^^^
  Error: The field amont is not part of the record argument for the Wallet.t.Cash constructor
  Hint: Did you mean amount?
  [2]
