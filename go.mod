module github.com/agen-go/agen

go 1.26
