let%lwt x = return 1
